// Add or change one agenda item: kind, a short title, a picture, longer text, planned minutes
// and a recording. Nothing is stored until every field is right (useValidatedSave).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../domain/agenda-item';
import { newId } from '../../domain/ids';
import { joinSentences } from '../../domain/spoken-sentences';
import { longTextMax } from '../../domain/text';
import type { FieldError } from '../../domain/validation-issue';
import { FormActions } from '../../ui/form-actions';
import { FormField } from '../../ui/form-field';
import { useValidatedSave, type CheckOutcome } from '../../ui/use-validated-save';
import { VoiceRecorder } from '../../ui/voice-recorder';
import {
  defaultMinutesForKind,
  draftFromItem,
  emptyDraft,
  itemFromDraft,
  type AgendaItemDraft,
  type DraftField,
} from './agenda-item-draft';
import { AgendaItemKindField } from './agenda-item-kind-field';
import { AgendaItemPicture } from './agenda-item-picture';
import { AgendaItemTitleField } from './agenda-item-title-field';
import { saveAgendaItem } from './agenda-writes';

interface Props {
  meetingId: string;
  /** Whose favourite and recently used symbols the picker shows; unknown while loading. */
  facilityId?: string;
  /** The item being changed; absent when adding. */
  item?: AgendaItem;
  /** The order a new item gets (placed last). */
  newOrder: number;
  onSaved: (item: AgendaItem) => void;
  onCancel: () => void;
}

const draftFields: readonly DraftField[] = ['kind', 'title', 'details', 'plannedMinutes', 'picture'];

export function AgendaItemForm({ meetingId, facilityId, item, newOrder, onSaved, onCancel }: Props) {
  const { t } = useTranslation('prepare-agenda');
  const [draft, setDraft] = useState<AgendaItemDraft>(() => (item ? draftFromItem(item) : emptyDraft()));
  const { errors: fieldErrors, failed, saving, save } = useValidatedSave();
  const errors = fieldErrors as Partial<Record<DraftField, FieldError>>;
  // The item as the form loaded it: only what staff changed against it is stored.
  const [loaded] = useState(item);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  // After React has rendered new messages, the first wrong field gets focus.
  useEffect(() => {
    if (Object.keys(fieldErrors).length === 0) return;
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus(),
    );
  }, [fieldErrors]);

  const set = <K extends keyof AgendaItemDraft>(key: K, value: AgendaItemDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function changeKind(kind: AgendaItemDraft['kind']) {
    setDraft((d) => {
      // Follow the kind's usual length unless staff have typed their own.
      const minutesUntouched = d.plannedMinutes === String(defaultMinutesForKind[d.kind]);
      return { ...d, kind, plannedMinutes: minutesUntouched ? String(defaultMinutesForKind[kind]) : d.plannedMinutes };
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const base = { id: loaded?.id ?? newId(), meetingId, order: loaded?.order ?? newOrder };
    const check = (candidate: AgendaItemDraft): CheckOutcome<AgendaItem> => {
      const outcome = itemFromDraft(candidate, base);
      return outcome.ok
        ? { ok: true, value: outcome.item }
        : { ok: false, errors: outcome.errors as Record<string, FieldError> };
    };
    const newPhoto = draft.picture?.type === 'new-photo' ? draft.picture : undefined;
    const saved = await save(check, draft, (valid) => saveAgendaItem(valid, newPhoto, loaded), {
      fields: draftFields,
    });
    if (saved) onSaved(saved);
  }

  return (
    <form ref={formRef} className="agenda-item-form card" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h2 id={headingId} className="agenda-item-form__heading">
        {item ? t('item.editHeading', { title: item.title }) : t('item.addHeading')}
      </h2>
      <AgendaItemKindField kind={draft.kind} onChange={changeKind} />
      <AgendaItemTitleField value={draft.title} onChange={(title) => set('title', title)} error={errors.title} />
      <AgendaItemPicture
        draft={draft}
        onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
        facilityId={facilityId}
        error={errors.picture}
      />
      <FormField label={t('item.details')} hint={t('item.detailsHint')} error={errors.details}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={longTextMax}
            value={draft.details}
            onChange={(e) => set('details', e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('item.minutes')} hint={t('item.minutesHint')} error={errors.plannedMinutes}>
        {(control) => (
          <input
            {...control}
            className="agenda-item-form__minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            step={1}
            value={draft.plannedMinutes}
            onChange={(e) => set('plannedMinutes', e.target.value)}
          />
        )}
      </FormField>
      <VoiceRecorder
        value={draft.voice}
        onChange={(hash) => set('voice', hash)}
        label={t('item.voice')}
        script={joinSentences([draft.title, draft.details])}
      />
      <FormActions
        submitLabel={item ? t('item.save') : t('item.add')}
        busy={saving}
        failed={failed}
        failedMessage={t('item.saveFailed')}
        onCancel={onCancel}
      />
    </form>
  );
}
