import { useTranslation } from 'react-i18next';
import { catalogueSvgUrl } from '../domain/catalogue-schema';
import type { Picture } from '../domain/picture';
import { useMediaUrl } from './media-context';
import { pictureText } from './pictogram-catalog';
import './picture-view.css';

interface PictureViewProps {
  picture: Picture | undefined;
  /** The text alternative; defaults to the pictogram's own label. */
  label?: string;
  size?: number;
  /** Decorative when a visible label next to it already says the same. */
  decorative?: boolean;
  className?: string;
}

/**
 * Shows a picture. A pictogram with a stored copy (`hash`) is shown from IndexedDB, so it
 * works offline on a tablet that never fetched it; until that copy is read (or when there is
 * none, as in records from before copies were kept) it is shown from its URL.
 */
export function PictureView({ picture, label, size = 96, decorative = false, className }: PictureViewProps) {
  const { i18n } = useTranslation();
  const storedUrl = useMediaUrl(picture?.hash);
  const alt = decorative ? '' : (label ?? pictureText(picture, i18n.language));
  const style = { width: size, height: size };
  const classes = ['picture-view', className].filter(Boolean).join(' ');
  if (!picture) return <span className={`${classes} picture-view--empty`} style={style} aria-hidden="true" />;
  if (picture.type === 'pictogram') {
    return (
      <img
        className={classes}
        src={storedUrl ?? catalogueSvgUrl(picture.id)}
        alt={alt}
        style={style}
        draggable={false}
      />
    );
  }
  if (!storedUrl)
    return (
      <span
        className={`${classes} picture-view--loading`}
        style={style}
        role={decorative ? undefined : 'img'}
        aria-label={decorative ? undefined : alt}
        aria-hidden={decorative || undefined}
      />
    );
  return <img className={`${classes} picture-view--photo`} src={storedUrl} alt={alt} style={style} draggable={false} />;
}
