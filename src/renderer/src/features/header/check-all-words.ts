/** What "Check all now" reports back; 0 means there is nothing connected to check. */
export function checkAllWords(started: number): string {
  if (started === 0) return 'Nothing to check yet — connect a company first';
  return `Started ${started} ${started === 1 ? 'check' : 'checks'}`;
}
