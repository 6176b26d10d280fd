// Runs first on the CSP test page: records every policy violation the page reports.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});
window.addEventListener('error', (event) => {
  (window.__pageErrors ||= []).push(String(event.message));
});
