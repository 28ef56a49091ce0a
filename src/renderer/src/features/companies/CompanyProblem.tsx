import { useId } from 'react';
import type { CompanyProblem as Problem } from '@shared/domain/company';
import { FixSteps } from '../../components/FixSteps';

/** What is wrong with a company and the ordered steps to fix it, as the diagnosis engine wrote them. */
export function CompanyProblem({ problem }: { problem: Problem }) {
  const titleId = useId();
  return (
    <section className="problem" aria-labelledby={titleId}>
      <h4 className="problem__title" id={titleId}>
        {problem.title}
      </h4>
      <p className="problem__message">{problem.userFacingMessage}</p>
      <FixSteps steps={problem.fixSteps} />
      {problem.requestId && <p className="problem__reference">Reference for support: {problem.requestId}</p>}
    </section>
  );
}
