// Installs FrontAlert's service worker on pages without the "Notify me" control, so the app can be installed from
// any page and a notification click finds the worker already there.

import { registerWorker, unsupportedReason } from './push.js';

if (!unsupportedReason()) registerWorker().catch(() => {});
