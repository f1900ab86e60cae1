// A piscina worker thread's entry when the api runs from its TypeScript sources (jest, run-ts):
// registers the .ts hook, then exports the task file piscina's workerData names. The compiled
// build (npm start) points piscina at the .js task file directly.
require('./ts-hook');
const { workerData } = require('piscina');
module.exports = require(workerData.taskFile);
