// The newsroom page loads Dramatis as any host does; the tests also get its API.
import { ready } from "/loader.js";

window.dramatis = await ready;
document.body.dataset.ready = "true";
