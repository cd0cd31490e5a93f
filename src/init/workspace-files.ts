/** The files `pmhc init` writes besides the answers file, by name. */
export function workspaceFiles(answersFile: string): Record<string, string> {
  return {
    '.gitattributes': gitattributes,
    '.gitignore': gitignore,
    'README.md': readme(answersFile),
  };
}

// Word and PDF files are binary to git (no end-of-line conversion, no textual merge); the diff
// drivers named here show their text once `git config diff.<name>.textconv` is set (see README).
const gitattributes = `# pmhc-docs workspace: the answers and the Markdown drafts are text; Word and PDF are not.
*.yaml text eol=lf
*.md   text eol=lf
*.json text eol=lf
*.docx -text -merge diff=docx
*.pdf  -text -merge diff=pdf
`;

const gitignore = `# Commit the answers file and drafts/ (Markdown, Word, PDF and pmhc-manifest.json): the same
# answers always give the same bytes, so a draft only shows as changed when it did change.

# An interview in progress (\`pmhc interview\` resumes from it)
*.partial
# Redlines and diffs from \`pmhc diff\`: made again from the history on demand
diff/
# Temporary files of an interrupted write, and office lock files
.*.tmp
~$*
.~lock.*#
.DS_Store
`;

function readme(answersFile: string): string {
  return `# PMHC drafts

This folder holds one jurisdiction's Police–Mental Health Collaboration drafts, made by
pmhc-docs from \`${answersFile}\`. The \`pmhc\` command comes from a clone of the pmhc-docs
repository: \`npm ci && npm install -g .\` in that clone puts it on your PATH (see its README).

- \`${answersFile}\`: what the parties decided. Edit it (or run \`pmhc interview --answers ${answersFile}\`),
  then check it with \`pmhc validate ${answersFile}\`.
- \`drafts/\`: the documents, written by \`pmhc build ${answersFile}\`. The Markdown (\`.md\`) is the
  canonical text; the Word and PDF files are made from the same source and are byte-identical
  for the same answers on any machine. Do not edit them by hand: \`pmhc build\` refuses to overwrite
  a draft edited since it was built.

## Versions in git

\`\`\`sh
git init
git config diff.docx.textconv "pmhc textconv"   # git diff shows the text of .docx files
git config diff.pdf.textconv "pmhc textconv"    # ... and of .pdf files (uses pdftotext)
pmhc build ${answersFile} && git add . && git commit -m "First draft"
\`\`\`

For each new version, add a line under \`revisions:\` in \`${answersFile}\` (version, date, what
changed), rebuild and commit. Then:

\`\`\`sh
pmhc diff HEAD ${answersFile}               # your edits not yet committed, against the last commit
pmhc diff HEAD~1 ${answersFile}             # the commit before the last, against the file as it is now
pmhc diff v2025 v2026 ${answersFile}        # two tagged versions
\`\`\`

writes into \`diff/\` a Word redline with tracked changes for each document that changed (accept or
reject them in Word or LibreOffice), the Markdown diff, and \`summary.md\`: which answers changed and
which clauses they moved. LibreOffice (7.x) shows the clause numbers of a paragraph holding a
tracked change as changed ("[11.2]", then "11.2[11.3]"); the file changes only the words, and Word
shows the numbers as they are. Accepting the changes clears the display. Without pmhc, \`git config diff.docx.textconv "pandoc -t plain"\` also works.
`;
}
