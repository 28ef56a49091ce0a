import { render, screen } from '@testing-library/react';
import { CompanyStatusSchema } from '@shared/domain/company';
import { STATUS_LABELS, StatusBadge } from '../../../src/renderer/src/components/StatusBadge';

describe('StatusBadge', () => {
  it.each(CompanyStatusSchema.options)('shows %s with an icon and words', (status) => {
    const { container } = render(<StatusBadge status={status} />);
    expect(screen.getByText(STATUS_LABELS[status])).toBeInTheDocument();
    expect(container.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('prefers the host’s statusText', () => {
    render(<StatusBadge status="not_checked" text="Not checked yet" />);
    expect(screen.getByText('Not checked yet')).toBeInTheDocument();
  });
});
