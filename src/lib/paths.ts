/** The address of a page from its file name in content/pages: index.mdx is the start page. */
export function pagePath(pageId: string): string {
  return pageId === 'index' ? '/' : `/${pageId}/`;
}
