/**
 * The entry of bare.html, the yardstick for the popup: the 20 newest stories read with raw IndexedDB and written with
 * textContent, no Dexie and no Preact. It follows storage/db.ts: database "reader", index [sortAt+id] of articles,
 * statuses keyed by article id.
 */
const NEWEST = 20;

const opening = indexedDB.open('reader');
opening.onsuccess = () => {
  const transaction = opening.result.transaction(['articles', 'statuses'], 'readonly');
  const statuses = transaction.objectStore('statuses');
  const list = document.getElementById('list') as HTMLElement;
  const rows: { article: Record<string, unknown>; status?: { read?: number } }[] = [];
  const cursor = transaction.objectStore('articles').index('[sortAt+id]').openCursor(null, 'prev');
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at || rows.length === NEWEST) return;
    const row: (typeof rows)[number] = { article: at.value };
    rows.push(row);
    const status = statuses.get(at.primaryKey);
    status.onsuccess = () => {
      row.status = status.result;
    };
    at.continue();
  };
  transaction.oncomplete = () => {
    for (const { article, status } of rows) {
      const item = document.createElement('li');
      item.className = status?.read === 1 ? 'article' : 'article unread';
      const link = document.createElement('a');
      link.className = 'article-link';
      link.href = String(article.url ?? '');
      link.textContent = String(article.title ?? '');
      item.append(link);
      list.append(item);
    }
  };
};
