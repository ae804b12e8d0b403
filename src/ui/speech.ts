// Reads text aloud with the device's own offline voices. Must be called from inside a tap
// handler: iOS only lets speech start from a direct user gesture.
export function canSpeak(): boolean {
  return typeof globalThis.speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

export function voiceFor(lang: string, voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const prefix = lang.toLowerCase().slice(0, 2);
  const matching = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith(prefix));
  return matching.find((v) => v.localService) ?? matching[0];
}

export function speak(text: string, lang: string): boolean {
  if (!canSpeak() || !text.trim()) return false;
  const synth = globalThis.speechSynthesis;
  // Safari queues utterances forever unless the previous one is cancelled first.
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang === 'en' ? 'en-GB' : 'da-DK';
  const voice = voiceFor(lang, synth.getVoices());
  if (voice) utterance.voice = voice;
  // Slower than the default: many residents need time to follow.
  utterance.rate = 0.85;
  synth.speak(utterance);
  return true;
}

export function stopSpeaking(): void {
  if (canSpeak()) globalThis.speechSynthesis.cancel();
}
