// The crop frame as plain numbers, in the photo's own pixels: where it starts, how big it is,
// and how moving, zooming and resizing keep it inside the photo and at its shape.

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Width divided by height: a square, or 4:3 as most tablet cameras take. */
export const cropAspects = { square: 1, landscape: 4 / 3 } as const;
export type CropAspect = keyof typeof cropAspects;

/** Smallest frame side in photo pixels (or the photo's short side, if smaller). */
export const minFrameSide = 64;

/** The biggest frame of this shape that fits the photo. */
function largest(image: Size, aspect: number): Size {
  return image.width / image.height > aspect
    ? { width: image.height * aspect, height: image.height }
    : { width: image.width, height: image.width / aspect };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Keeps the frame inside the photo (size first, then position). */
export function clampFrame(frame: Frame, image: Size, aspect: number): Frame {
  const max = largest(image, aspect);
  const minWidth = Math.min(max.width, Math.max(minFrameSide, minFrameSide * aspect));
  const width = clamp(frame.width, minWidth, max.width);
  const height = width / aspect;
  return {
    x: clamp(frame.x, 0, image.width - width),
    y: clamp(frame.y, 0, image.height - height),
    width,
    height,
  };
}

/** The starting frame: as big as the shape allows, in the middle. */
export function initialFrame(image: Size, aspect: number): Frame {
  const size = largest(image, aspect);
  const width = size.width * 0.9;
  const height = width / aspect;
  return { x: (image.width - width) / 2, y: (image.height - height) / 2, width, height };
}

export function moveFrame(frame: Frame, dx: number, dy: number, image: Size, aspect: number): Frame {
  return clampFrame({ ...frame, x: frame.x + dx, y: frame.y + dy }, image, aspect);
}

/** Zoom in (factor > 1) makes the frame smaller around its centre; zoom out makes it bigger. */
export function zoomFrame(frame: Frame, factor: number, image: Size, aspect: number): Frame {
  const width = frame.width / factor;
  const height = width / aspect;
  const cx = frame.x + frame.width / 2;
  const cy = frame.y + frame.height / 2;
  // Size first, so the centre is kept as well as the photo's edges allow.
  const sized = clampFrame({ x: 0, y: 0, width, height }, image, aspect);
  return clampFrame({ ...sized, x: cx - sized.width / 2, y: cy - sized.height / 2 }, image, aspect);
}

/** Dragging the corner handle: the top-left corner stays, the frame keeps its shape. */
export function resizeFrame(frame: Frame, dx: number, dy: number, image: Size, aspect: number): Frame {
  // Follow whichever way the pointer moved more, measured along the frame's shape.
  const grow = Math.abs(dx) >= Math.abs(dy * aspect) ? dx : dy * aspect;
  const maxWidth = Math.min(image.width - frame.x, (image.height - frame.y) * aspect);
  const minWidth = Math.min(maxWidth, Math.max(minFrameSide, minFrameSide * aspect));
  const width = clamp(frame.width + grow, minWidth, maxWidth);
  return { ...frame, width, height: width / aspect };
}

/** A new shape: the same centre, as big as before where it fits. */
export function reshapeFrame(frame: Frame, aspect: number, image: Size): Frame {
  const cx = frame.x + frame.width / 2;
  const cy = frame.y + frame.height / 2;
  const width = Math.sqrt(frame.width * frame.height * aspect);
  const sized = clampFrame({ x: 0, y: 0, width, height: width / aspect }, image, aspect);
  return clampFrame({ ...sized, x: cx - sized.width / 2, y: cy - sized.height / 2 }, image, aspect);
}

/** Whole pixels for drawing: never outside the photo. */
export function pixelFrame(frame: Frame, image: Size): Frame {
  const x = clamp(Math.round(frame.x), 0, image.width - 1);
  const y = clamp(Math.round(frame.y), 0, image.height - 1);
  return {
    x,
    y,
    width: clamp(Math.round(frame.width), 1, image.width - x),
    height: clamp(Math.round(frame.height), 1, image.height - y),
  };
}
