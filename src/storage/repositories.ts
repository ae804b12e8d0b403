import { agendaItemSchema } from '../domain/agenda-item';
import { attendanceSchema } from '../domain/attendance';
import { councilSchema } from '../domain/council';
import { decisionSchema } from '../domain/decision';
import { evaluationSchema } from '../domain/evaluation';
import { facilitySchema } from '../domain/facility';
import { meetingSchema } from '../domain/meeting';
import { memberSchema } from '../domain/member';
import { pictogramUsageSchema } from '../domain/pictogram-usage';
import { ballotSchema, voteSchema } from '../domain/vote';
import { candidateSchema, electionSchema } from '../domain/election';
import { hasVotedSchema } from '../domain/secret-ballot';
import { createRepository } from './repository';

export const facilities = createRepository('facilities', facilitySchema);
export const councils = createRepository('councils', councilSchema);
export const members = createRepository('members', memberSchema);
export const meetings = createRepository('meetings', meetingSchema);
export const agendaItems = createRepository('agendaItems', agendaItemSchema);
export const decisions = createRepository('decisions', decisionSchema);
export const attendance = createRepository('attendance', attendanceSchema);
export const votes = createRepository('votes', voteSchema);
export const ballots = createRepository('ballots', ballotSchema);
export const pictogramUsage = createRepository('pictogramUsage', pictogramUsageSchema);
// Secret ballots have no repository on purpose: they are written once, with their "has voted"
// row, by storage/ballot-box.ts, and can never be updated or removed.
export const hasVoted = createRepository('hasVoted', hasVotedSchema);
export const elections = createRepository('elections', electionSchema);
export const candidates = createRepository('candidates', candidateSchema);
export const evaluations = createRepository('evaluations', evaluationSchema);
