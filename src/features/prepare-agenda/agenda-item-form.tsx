// Add or change one agenda item: kind, a short title, a picture (pictogram or photo), longer
// text and planned minutes. Nothing is stored until every field is right.
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaItemKinds, type AgendaItem } from '../../domain/agenda-item';
import { newId } from '../../domain/ids';
import type { FieldError } from '../../domain/validation-issue';
import { errorsByField } from '../../domain/validation-issue';
import { ValidationError } from '../../storage/repository';
import { FormField } from '../../ui/form-field';
import { pictogramText } from '../../ui/pictogram-catalog';
import { PictureView } from '../../ui/picture-view';
import {
  defaultMinutesForKind,
  draftFromItem,
  emptyDraft,
  itemFromDraft,
  kindPicture,
  wordCount,
  type AgendaItemDraft,
  type DraftField,
} from './agenda-item-draft';
import { saveAgendaItem } from './agenda-writes';
import { PicturePickerDialog } from './picture-picker-dialog';
import { checkPhotoFile, preparePhoto, type PreparedPhoto } from './prepare-photo';

interface Props {
  meetingId: string;
  /** The item being changed; absent when adding. */
  item?: AgendaItem;
  /** The order a new item gets (placed last). */
  newOrder: number;
  onSaved: (item: AgendaItem) => void;
  onCancel: () => void;
}

/** Stands in for a photo's hash while validating, before the photo itself is stored. */
const pendingHash = '0'.repeat(64);

export function AgendaItemForm({ meetingId, item, newOrder, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation('prepare-agenda');
  const [draft, setDraft] = useState<AgendaItemDraft>(() => (item ? draftFromItem(item) : emptyDraft()));
  const [photo, setPhoto] = useState<{ prepared: PreparedPhoto; url: string } | null>(null);
  const [photoBusy, setPhotoBusy] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<DraftField, FieldError>>>({});
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const pickButtonRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const pictureErrorId = useId();
  const wordsId = useId();

  // Free the preview of a photo that is replaced or never saved.
  useEffect(() => () => {
    if (photo) URL.revokeObjectURL(photo.url);
  }, [photo]);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  const set = <K extends keyof AgendaItemDraft>(key: K, value: AgendaItemDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function changeKind(kind: AgendaItemDraft['kind']) {
    setDraft((d) => {
      // Follow the kind's usual length unless staff have typed their own.
      const minutesUntouched = d.plannedMinutes === String(defaultMinutesForKind[d.kind]);
      return { ...d, kind, plannedMinutes: minutesUntouched ? String(defaultMinutesForKind[kind]) : d.plannedMinutes };
    });
  }

  async function choosePhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const problem = checkPhotoFile(file);
    if (problem) {
      setErrors((e) => ({ ...e, picture: problem }));
      return;
    }
    setPhotoBusy(true);
    try {
      const prepared = await preparePhoto(file);
      const url = URL.createObjectURL(new Blob([prepared.bytes], { type: prepared.mime }));
      setPhoto({ prepared, url });
      set('picture', undefined);
      setErrors(({ picture: _dropped, ...rest }) => rest);
    } catch {
      setErrors((e) => ({ ...e, picture: { field: 'picture', key: 'validation.notAnImage', values: {} } }));
    } finally {
      setPhotoBusy(false);
    }
  }

  function focusFirstError() {
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus(),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaveFailed(false);
    const base = { id: item?.id ?? newId(), meetingId, order: item?.order ?? newOrder };
    const outcome = itemFromDraft(draft, base, photo ? pendingHash : undefined);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      focusFirstError();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await saveAgendaItem(outcome.item, photo?.prepared);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ValidationError) {
        const byField = errorsByField(error.issues);
        setErrors({ title: byField.title ?? { field: 'title', key: 'validation.invalid', values: {} } });
        focusFirstError();
      } else {
        setSaveFailed(true);
      }
    } finally {
      setSaving(false);
    }
  }

  const shownPicture = photo ? undefined : (draft.picture ?? kindPicture(draft.kind));
  const pictureCaption = photo
    ? t('item.pictureNewPhoto')
    : draft.picture?.type === 'photo'
      ? t('item.picturePhoto')
      : draft.picture
        ? t('item.picturePictogram', { label: pictogramText(draft.picture.id, i18n.language) })
        : t('item.pictureDefault', { kind: t(`kind.${draft.kind}`) });
  const words = wordCount(draft.title);

  return (
    <form ref={formRef} className="agenda-item-form card" aria-labelledby={headingId} noValidate onSubmit={submit}>
      <h2 id={headingId} className="agenda-item-form__heading">
        {item ? t('item.editHeading', { title: item.title }) : t('item.addHeading')}
      </h2>

      <fieldset className="field agenda-item-form__kinds">
        <legend>{t('item.kind')}</legend>
        <div className="agenda-item-form__kind-grid">
          {agendaItemKinds.map((kind) => (
            <label key={kind} className="agenda-item-form__kind">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => changeKind(kind)}
              />
              <PictureView picture={kindPicture(kind)} size={40} decorative />
              <span>{t(`kind.${kind}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <FormField label={t('item.title')} hint={t('item.titleHint')} error={errors.title}>
        {(control) => (
          <input
            {...control}
            aria-describedby={[control['aria-describedby'], words > 5 ? wordsId : null].filter(Boolean).join(' ') || undefined}
            data-autofocus
            type="text"
            autoComplete="off"
            maxLength={80}
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </FormField>
      {words > 5 && (
        <p id={wordsId} className="agenda-item-form__words notice notice--warning">
          {t('item.tooManyWords', { count: words })}
        </p>
      )}

      <fieldset className="field agenda-item-form__picture" aria-describedby={errors.picture ? pictureErrorId : undefined}>
        <legend>{t('item.picture')}</legend>
        <div className="agenda-item-form__picture-row">
          <div className="agenda-item-form__picture-preview">
            {photo ? (
              <img src={photo.url} alt={t('item.pictureNewPhoto')} width={96} height={96} className="picture-view picture-view--photo" />
            ) : (
              <PictureView picture={shownPicture} size={96} decorative />
            )}
            <span>{pictureCaption}</span>
          </div>
          <div className="agenda-item-form__picture-actions">
            <button
              ref={pickButtonRef}
              type="button"
              className="button"
              data-invalid={errors.picture ? 'true' : undefined}
              onClick={() => setPickerOpen(true)}
            >
              {t('item.pickPictogram')}
            </button>
            <label className="button agenda-item-form__file">
              <input type="file" accept="image/*" capture="environment" className="visually-hidden" onChange={choosePhoto} />
              {t('item.takePhoto')}
            </label>
            <label className="button agenda-item-form__file">
              <input type="file" accept="image/*" className="visually-hidden" onChange={choosePhoto} />
              {t('item.choosePhoto')}
            </label>
            {(draft.picture || photo) && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setPhoto(null);
                  set('picture', undefined);
                }}
              >
                {t('item.useDefaultPicture')}
              </button>
            )}
          </div>
        </div>
        {photoBusy && <p aria-live="polite">{t('item.photoWorking')}</p>}
        {errors.picture && (
          <span id={pictureErrorId} className="field__error" role="alert">
            {t(errors.picture.key, { ns: 'common', ...errors.picture.values })}
          </span>
        )}
      </fieldset>

      <FormField label={t('item.details')} hint={t('item.detailsHint')} error={errors.details}>
        {(control) => (
          <textarea {...control} rows={3} value={draft.details} onChange={(e) => set('details', e.target.value)} />
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

      {saveFailed && (
        <p className="form-error" role="alert">
          {t('item.saveFailed')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={saving || photoBusy}>
          {item ? t('item.save') : t('item.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>

      <PicturePickerDialog
        open={pickerOpen}
        selectedId={draft.picture?.type === 'pictogram' ? draft.picture.id : undefined}
        onPick={(id) => {
          setPhoto(null);
          set('picture', { type: 'pictogram', id });
          setErrors(({ picture: _dropped, ...rest }) => rest);
          setPickerOpen(false);
          pickButtonRef.current?.focus();
        }}
        onClose={() => {
          setPickerOpen(false);
          pickButtonRef.current?.focus();
        }}
      />
    </form>
  );
}
