// Exposes the widget's JavaScript API to the tests on this page.
import { ready } from "/loader.js";

window.dramatis = await ready;
document.body.dataset.ready = "true";
