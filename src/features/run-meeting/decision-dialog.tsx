import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/agenda-item';
import { defaultPictogramForKind } from '../../domain/agenda-item';
import { decisionSchema, type Decision } from '../../domain/decision';
import { changedFields } from '../../domain/changed-fields';
import { newId } from '../../domain/ids';
import type { Member } from '../../domain/member';
import type { Picture } from '../../domain/picture';
import { decisions } from '../../storage/repositories';
import { FormField } from '../../ui/form-field';
import { useValidatedSave } from '../../ui/use-validated-save';
import { VoiceRecorder } from '../../ui/voice-recorder';
import { PictureField } from '../../shared/picture-field/picture-field';
import { StaffDialog } from '../../ui/staff-dialog';

interface DecisionDialogProps {
  item: AgendaItem;
  members: readonly Member[];
  /** The decision to edit; a new one is written when absent. */
  decision?: Decision | undefined;
  /** Text for a new decision, e.g. from a vote's result. */
  defaultText?: string | undefined;
  onClose: () => void;
}

export function DecisionDialog({ item, members, decision, defaultText, onClose }: DecisionDialogProps) {
  const { t } = useTranslation('run-meeting');
  const itemPicture: Picture = item.picture ?? { type: 'pictogram', id: defaultPictogramForKind[item.kind] };
  const [text, setText] = useState(decision?.text ?? defaultText ?? '');
  const [picture, setPicture] = useState<Picture | undefined>(decision ? decision.picture : itemPicture);
  const [responsible, setResponsible] = useState(decision?.responsibleMemberId ?? '');
  const [dueDate, setDueDate] = useState(decision?.dueDate ?? '');
  const [voice, setVoice] = useState<string | undefined>(decision?.voice);
  const { errors, failed, saving, save } = useValidatedSave();
  // The decision as the dialog loaded it: only what staff changed against it is stored.
  const [loaded] = useState(decision);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Built whole, so clearing "who" or "when" really removes it; follow-up is kept.
    const next: Decision = {
      id: loaded?.id ?? newId(),
      meetingId: item.meetingId,
      agendaItemId: item.id,
      text,
      followUp: loaded?.followUp ?? 'not-started',
      ...(loaded?.followUpNote ? { followUpNote: loaded.followUpNote } : {}),
      ...(picture ? { picture } : {}),
      ...(responsible ? { responsibleMemberId: responsible } : {}),
      ...(dueDate ? { dueDate } : {}),
      ...(voice ? { voice } : {}),
    };
    if (
      await save(decisionSchema, next, (valid) =>
        loaded ? decisions.update(loaded.id, changedFields(loaded, valid)) : decisions.save(valid),
      )
    )
      onClose();
  }

  return (
    <StaffDialog title={decision ? t('decision.editTitle') : t('decision.newTitle')} onClose={onClose} wide>
      <form className="meeting-decision-form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField label={t('decision.text')} hint={t('decision.textHint')} error={errors.text}>
          {(control) => (
            <textarea {...control} rows={2} value={text} onChange={(event) => setText(event.target.value)} />
          )}
        </FormField>
        <fieldset className="meeting-decision-form__picture">
          <legend>{t('decision.picture')}</legend>
          <PictureField
            label={t('decision.pictureFor')}
            value={picture}
            onChange={setPicture}
            itemPhoto={item.picture}
            size={64}
            removable
          />
        </fieldset>
        <VoiceRecorder
          value={voice}
          onChange={setVoice}
          label={t('decision.voice')}
          script={text.trim() || undefined}
        />
        <div className="meeting-decision-form__row">
          <FormField label={t('decision.responsible')} error={errors.responsibleMemberId}>
            {(control) => (
              <select {...control} value={responsible} onChange={(event) => setResponsible(event.target.value)}>
                <option value="">{t('decision.nobody')}</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.displayName}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('decision.due')} hint={t('decision.dueHint')} error={errors.dueDate}>
            {(control) => (
              <input {...control} type="date" value={dueDate} onChange={(event) => setDueDate(event.target.value)} />
            )}
          </FormField>
        </div>
        {failed && (
          <p className="notice notice--error" role="alert">
            {t('decision.failed')}
          </p>
        )}
        <div className="button-row meeting-dialog__footer">
          <button type="submit" className="button button--primary meeting-button" disabled={saving}>
            {t('actions.save', { ns: 'common' })}
          </button>
          <button type="button" className="button meeting-button" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
        </div>
      </form>
    </StaffDialog>
  );
}
