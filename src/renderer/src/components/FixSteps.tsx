/** Ordered "How to fix" steps: a numbered list, because order matters to the person following them. */
export function FixSteps({ steps, heading = 'How to fix' }: { steps: readonly string[]; heading?: string }) {
  if (steps.length === 0) return null;
  return (
    <div className="fix-steps">
      <p className="fix-steps__heading">{heading}</p>
      <ol>
        {steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
    </div>
  );
}
