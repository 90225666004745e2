import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';

/** Renders Markdown to HTML through the given remark and rehype plugins, as the site's pipeline does. */
export async function renderMarkdown(markdown: string, remarkPlugins: PluggableList, rehypePlugins: PluggableList = [], path = 'fixture.md') {
  const file = new VFile({ value: markdown, path });
  const result = await unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify)
    .process(file);
  return { html: String(result), data: result.data };
}
