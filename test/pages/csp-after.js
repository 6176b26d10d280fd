// A host-page script loaded after the timeline: proves the page keeps working either way.
window.__hostScriptRan = true;
