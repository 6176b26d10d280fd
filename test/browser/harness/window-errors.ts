/**
 * What the page threw and nobody caught (error and unhandledrejection events) while the enclosing
 * suite ran: a loader fault must end in a report, never here. Returns the list, filled as it goes.
 */
export function collectWindowErrorsDuringSuite(): unknown[] {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in event ? event.reason : event.error);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  return thrown;
}
