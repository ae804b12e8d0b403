import { agendaItemSchema } from '../domain/agenda-item';
import { attendanceSchema } from '../domain/attendance';
import { councilSchema } from '../domain/council';
import { decisionSchema } from '../domain/decision';
import { facilitySchema } from '../domain/facility';
import { meetingSchema } from '../domain/meeting';
import { memberSchema } from '../domain/member';
import { ballotSchema, voteSchema } from '../domain/vote';
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
