/** The address of a page from its file name in content/pages: index.mdx is the start page. */
export function pagePath(pageId: string): string {
  return pageId === 'index' ? '/' : `/${pageId}/`;
}

/** The page id of an address: "/" is index, "/lattlast/polisanmalan/" is lattlast/polisanmalan. */
export function pageIdOfPath(path: string): string {
  const id = path.replace(/^\/+|\/+$/g, '');
  return id === '' ? 'index' : id;
}
