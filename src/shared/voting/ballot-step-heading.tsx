// The heading every step of the secret ballot flow starts with: it takes focus when the step
// appears (secret-ballot-flow.tsx), so a screen reader says where the voter is, and it names
// the private screen (aria-labelledby="ballot-flow-heading").
import type { ReactNode, RefObject } from 'react';

export interface BallotHeadingProps {
  /** Heading level of the flow's own headings (the screen has the h1). */
  headingLevel: 2 | 3;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function BallotStepHeading({
  headingLevel,
  headingRef,
  className = 'ballot-flow__title',
  children,
}: BallotHeadingProps & { className?: string; children: ReactNode }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <Heading id="ballot-flow-heading" ref={headingRef} tabIndex={-1} className={className}>
      {children}
    </Heading>
  );
}
