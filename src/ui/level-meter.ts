// Live level meter while staff record, so they see that the microphone hears them: the RMS of
// the microphone signal (AnalyserNode), drawn straight into the bar's transform each frame
// rather than through React state, which would re-render the form 60 times a second.
import { audioContextClass } from './analyse-take';

export interface LevelMeter {
  stop(): void;
}

/** Undefined when the device has no Web Audio; recording still works without a meter. */
export function startLevelMeter(stream: MediaStream, fill: () => HTMLElement | null): LevelMeter | undefined {
  const Context = audioContextClass();
  if (!Context) return undefined;
  try {
    const context = new Context();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const data = new Float32Array(analyser.fftSize);
    let frame = 0;
    const draw = () => {
      analyser.getFloatTimeDomainData(data);
      let sum = 0;
      for (const sample of data) sum += sample * sample;
      const level = Math.min(1, Math.sqrt(Math.sqrt(sum / data.length)) * 1.6);
      const element = fill();
      if (element) element.style.transform = `scaleX(${level.toFixed(3)})`;
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return {
      stop() {
        cancelAnimationFrame(frame);
        void context.close().catch(() => undefined);
      },
    };
  } catch {
    return undefined;
  }
}
