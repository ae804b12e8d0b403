import { useTranslation } from 'react-i18next';
import type { Picture } from '../domain/picture';
import { useMediaUrl } from './media-context';
import { pictogramText, pictogramUrl } from './pictogram-catalog';
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

export function PictureView({ picture, label, size = 96, decorative = false, className }: PictureViewProps) {
  const { i18n } = useTranslation();
  const photoUrl = useMediaUrl(picture?.type === 'photo' ? picture.hash : undefined);
  const alt = decorative ? '' : (label ?? (picture?.type === 'pictogram' ? pictogramText(picture.id, i18n.language) : ''));
  const style = { width: size, height: size };
  const classes = ['picture-view', className].filter(Boolean).join(' ');
  if (!picture) return <span className={`${classes} picture-view--empty`} style={style} aria-hidden="true" />;
  if (picture.type === 'pictogram') {
    return <img className={classes} src={pictogramUrl(picture.id)} alt={alt} style={style} draggable={false} />;
  }
  if (!photoUrl) return <span className={`${classes} picture-view--loading`} style={style} role={decorative ? undefined : 'img'} aria-label={decorative ? undefined : alt} aria-hidden={decorative || undefined} />;
  return <img className={`${classes} picture-view--photo`} src={photoUrl} alt={alt} style={style} draggable={false} />;
}
