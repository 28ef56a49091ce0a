import type { AppSnapshot } from '@shared/domain/snapshot';
import { Icon } from './Icon';
import { overallWords } from './overall-words';

/** The header's one-sentence summary ("All companies are working"), with colour and icon. */
export function OverallBanner({ snapshot }: { snapshot: Pick<AppSnapshot, 'overall' | 'companies'> }) {
  const words = overallWords(snapshot);
  return (
    <p className={`overall overall--${words.tone}`} data-overall={snapshot.overall}>
      <Icon name={words.icon} />
      <span>{words.text}</span>
    </p>
  );
}
