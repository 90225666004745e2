// One print engine process (see vivliostyle.ts): lays out the jobs its parent sends, one at a time.
import { layOutHere, type LayoutJob } from './vivliostyle.ts';

process.on('message', async (message: { id: number; job: LayoutJob }) => {
  try {
    process.send!({ id: message.id, warnings: await layOutHere(message.job) });
  } catch (error) {
    process.send!({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
// The parent gone, nothing is left to do.
process.on('disconnect', () => process.exit(0));
