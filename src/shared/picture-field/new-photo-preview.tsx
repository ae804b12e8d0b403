import { useEffect, useRef } from 'react';
import type { NewPhoto } from './picture-choice';

/** Shows a photo that is not stored yet, and frees its preview URL when it goes. */
export function NewPhotoPreview({ photo, alt, size }: { photo: NewPhoto; alt: string; size: number }) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([photo.bytes], { type: photo.mime }));
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [photo]);
  return <img ref={image} alt={alt} width={size} height={size} className="picture-view picture-view--photo" />;
}
