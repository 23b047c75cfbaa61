// pym.js as its documentation embeds a child page; ?article=host tells the widget that this
// page shows the article (embed.js answers its "In context" messages).
window.pymParent = new pym.Parent("dramatis-pym", "/embed.html?article=host", { title: "Who said what" });
