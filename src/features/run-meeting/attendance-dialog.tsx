import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { presentMemberIds, type Attendance } from '../../domain/attendance';
import type { Member } from '../../domain/member';
import { MemberAvatar } from '../../ui/member-avatar';
import { say } from '../../ui/say';
import { speak } from '../../ui/speech';
import { useRecordings } from '../../ui/use-recordings';
import { setPresence } from './attendance-actions';
import { StaffDialog } from '../../ui/staff-dialog';
import { paths } from '../../ui/paths';

interface AttendanceDialogProps {
  meetingId: string;
  councilId: string;
  members: readonly Member[];
  attendance: readonly Attendance[];
  onClose: () => void;
}

export function AttendanceDialog({ meetingId, councilId, members, attendance, onClose }: AttendanceDialogProps) {
  const { t, i18n } = useTranslation('run-meeting');
  const present = presentMemberIds(attendance);
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const nameVoices = useRecordings(members.map((m) => m.nameVoice));

  async function toggle(member: Member) {
    const next = !present.has(member.id);
    // A recorded name is played at the tap itself (iOS plays sound only from a tap).
    const nameVoice = member.nameVoice ? nameVoices.get(member.nameVoice) : undefined;
    if (nameVoice) say({ text: member.displayName, recording: nameVoice }, i18n.language);
    setPending(member.id);
    setFailed(false);
    try {
      await setPresence(meetingId, member.id, next);
      if (!nameVoice) {
        speak(
          `${member.displayName}. ${next ? t('attendanceDialog.present') : t('attendanceDialog.absent')}`,
          i18n.language,
        );
      }
    } catch {
      setFailed(true);
    } finally {
      setPending(null);
    }
  }

  return (
    <StaffDialog title={t('attendanceDialog.title')} onClose={onClose} wide>
      {members.length === 0 ? (
        <div className="notice">
          <p>{t('attendanceDialog.noMembers')}</p>
          <Link className="button" to={paths.councilMembers(councilId)}>
            {t('attendanceDialog.toMembers')}
          </Link>
        </div>
      ) : (
        <>
          <p className="meeting-attendance__hint">{t('attendanceDialog.hint')}</p>
          <p className="meeting-attendance__count" aria-live="polite">
            {t('attendanceCount', { present: members.filter((m) => present.has(m.id)).length, total: members.length })}
          </p>
          {failed && (
            <p className="notice notice--error" role="alert">
              {t('attendanceDialog.failed')}
            </p>
          )}
          <ul className="meeting-attendance__grid">
            {members.map((member) => {
              const isPresent = present.has(member.id);
              return (
                <li key={member.id}>
                  <button
                    type="button"
                    className={`meeting-attendance__person${isPresent ? ' meeting-attendance__person--present' : ''}`}
                    aria-pressed={isPresent}
                    disabled={pending === member.id}
                    onClick={() => void toggle(member)}
                  >
                    <span className="meeting-attendance__photo">
                      <MemberAvatar name={member.displayName} photoHash={member.photo} size={96} />
                      {isPresent && (
                        <svg
                          className="meeting-attendance__check"
                          viewBox="0 0 24 24"
                          aria-hidden="true"
                          focusable="false"
                        >
                          <circle cx="12" cy="12" r="11" />
                          <path d="M6.5 12.5l3.5 3.5 7.5-8" />
                        </svg>
                      )}
                    </span>
                    <span className="meeting-attendance__name">{member.displayName}</span>
                    <span className="meeting-attendance__role">{t(`attendanceDialog.role.${member.role}`)}</span>
                    <span className="meeting-attendance__state">
                      {isPresent ? t('attendanceDialog.present') : t('attendanceDialog.absent')}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="button-row meeting-dialog__footer">
        <button type="button" className="button button--primary meeting-button" onClick={onClose}>
          {t('attendanceDialog.done')}
        </button>
      </div>
    </StaffDialog>
  );
}
