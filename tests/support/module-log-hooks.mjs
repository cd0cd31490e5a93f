// Module hooks (node:module register) that append each URL the process loads to the file named by
// PMHC_MODULE_LOG: tests see which bundle chunks a command loads.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.PMHC_MODULE_LOG, `${url}\n`);
  return nextLoad(url, context);
}
