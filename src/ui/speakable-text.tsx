// Text whose words light up one by one while it is read aloud, where the browser reports word
// boundaries (Chrome and Safari do for most local voices; some Android voices do not, and
// then the text simply stays as it is). The text may be part of a longer spoken sentence,
// e.g. a card's title inside "Punkt 2. Sommertur. 15 minutter.".
import { useMemo, useSyncExternalStore, type ElementType } from 'react';
import { speechService } from './speech';
import './speakable-text.css';

interface Boundary {
  text: string;
  charIndex: number;
}

let boundary: Boundary | null = null;
const listeners = new Set<() => void>();
let subscribedTo: ReturnType<typeof speechService> | null = null;
let unsubscribe: (() => void) | null = null;

function ensureSubscribed() {
  const service = speechService();
  if (subscribedTo === service) return;
  unsubscribe?.();
  subscribedTo = service;
  unsubscribe = service.subscribe((event) => {
    if (event.type === 'boundary') boundary = { text: event.text, charIndex: event.charIndex };
    else if (event.type === 'end' || event.type === 'start') boundary = null;
    else return;
    for (const listener of listeners) listener();
  });
}

function subscribe(listener: () => void) {
  ensureSubscribed();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentBoundary = () => boundary;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their character positions. */
export function splitWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Which word of `text` is being spoken, given the spoken string and the boundary position. */
export function currentWordIndex(text: string, spoken: Boundary | null): number {
  if (!spoken || !text) return -1;
  const offset = spoken.text.indexOf(text.trim());
  if (offset < 0) return -1;
  const local = spoken.charIndex - offset;
  if (local < 0 || local >= text.trim().length) return -1;
  const words = splitWords(text.trim());
  return words.findIndex((w) => local >= w.start && local < w.end + 1);
}

interface SpeakableTextProps {
  text: string;
  as?: ElementType;
  className?: string;
  id?: string;
}

export function SpeakableText({ text, as: Tag = 'span', className, id }: SpeakableTextProps) {
  const spoken = useSyncExternalStore(subscribe, currentBoundary, () => null);
  const words = useMemo(() => splitWords(text.trim()), [text]);
  const current = currentWordIndex(text, spoken);
  return (
    <Tag className={['speakable-text', className].filter(Boolean).join(' ')} id={id}>
      {words.map((w, index) => (
        <span key={w.start}>
          <span
            className={
              index === current ? 'speakable-text__word speakable-text__word--current' : 'speakable-text__word'
            }
          >
            {w.word}
          </span>
          {index < words.length - 1 ? ' ' : null}
        </span>
      ))}
    </Tag>
  );
}
