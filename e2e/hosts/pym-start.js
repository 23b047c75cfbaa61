// Exactly how pym.js's documentation embeds a child page; no Dramatis code on this side.
window.pymParent = new pym.Parent("dramatis-pym", "/index.html", { title: "Who said what" });
