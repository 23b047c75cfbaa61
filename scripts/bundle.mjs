// Which files of dist/ a reader downloads, by case. The smoke test checks that the widget page
// with its built-in story requests exactly the files of `page`, so the size budget measures
// what readers really download.
export const GROUPS = [
  {
    name: "page",
    what: "the widget with its built-in story (what every reader downloads)",
    matches: (file) => ["index.html", "loader.js", "dramatis.js", "dramatis_bg.wasm", "dramatis.css"].includes(file) || file.startsWith("snippets/"),
  },
  {
    name: "checker",
    what: "the dataset checker, fetched only to show another story",
    matches: (file) => file.startsWith("dramatis-checker"),
  },
  {
    name: "extras",
    what: "embed.js for iframe parent pages; story.json for readers without JavaScript",
    matches: () => true,
  },
];

export function groupOf(file) {
  return GROUPS.find((group) => group.matches(file)).name;
}
