// Stops `npm install` and `npm test` on a Node older than the toolkit needs, with one plain line
// instead of a confusing failure later (Map.groupBy and other Node 24 features). Plain JavaScript,
// so it runs on any Node.
const needed = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < needed) {
  console.error(
    `The safeguarding toolkit needs Node ${needed} or newer; this is Node ${process.versions.node}. Install Node ${needed} (see .nvmrc) and run the command again.`,
  );
  process.exit(1);
}
