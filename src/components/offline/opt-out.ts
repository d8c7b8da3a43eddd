/** Pages that must not use a service worker say so (SCORM packages, which run inside an LMS). Its own
 * module: every page's registration script imports it and nothing more. */
export const offlineOptedOut = () => !!document.querySelector('meta[name="nas-offline"][content="off"]');
