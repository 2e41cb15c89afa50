/**
 * happy-dom walks DOMPurify's tree wrong, so its output there says nothing about a browser's:
 * https://github.com/capricorn86/happy-dom/issues/1810. Two spec behaviours put right for the tests:
 * Node.prototype's nodeName answers '' (DOMPurify reads it from there), and a NodeIterator loses its place when the
 * node it stands on is removed (https://dom.spec.whatwg.org/#nodeiterator-pre-removing-steps).
 */
export function fixHappyDomForDomPurify(): void {
  if (fixed) return;
  fixed = true;
  fixNodeName();
  fixNodeIterator();
}

let fixed = false;

const NAMES: Record<number, string> = {
  3: '#text',
  4: '#cdata-section',
  8: '#comment',
  9: '#document',
  11: '#document-fragment',
};

function fixNodeName(): void {
  const elementName = Object.getOwnPropertyDescriptor(owner(document.body, 'nodeName'), 'nodeName')?.get;
  Object.defineProperty(Node.prototype, 'nodeName', {
    configurable: true,
    get(this: Node) {
      if (this.nodeType === Node.ELEMENT_NODE) return elementName?.call(this) ?? '';
      if (this.nodeType === Node.PROCESSING_INSTRUCTION_NODE) return (this as ProcessingInstruction).target;
      if (this.nodeType === Node.DOCUMENT_TYPE_NODE) return (this as DocumentType).name;
      return NAMES[this.nodeType] ?? '';
    },
  });
}

/** The node after `node` in tree order, staying inside `root`. */
function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

function lastInclusiveDescendant(node: Node): Node {
  let at = node;
  while (at.lastChild) at = at.lastChild;
  return at;
}

/** Bit of whatToShow for a node type: https://dom.spec.whatwg.org/#concept-node-filter */
const shows = (whatToShow: number, node: Node) => (whatToShow & (1 << (node.nodeType - 1))) !== 0;

const live = new Set<SpecNodeIterator>();

class SpecNodeIterator {
  reference: Node;
  pointerBeforeReference = true;

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
    readonly filter: NodeFilter | null,
  ) {
    this.reference = root;
    live.add(this);
  }

  nextNode(): Node | null {
    let node: Node | null = this.reference;
    let before = this.pointerBeforeReference;
    for (;;) {
      if (before) before = false;
      else node = node && following(node, this.root);
      if (!node) {
        live.delete(this);
        return null;
      }
      if (shows(this.whatToShow, node) && this.accepts(node)) break;
    }
    this.reference = node;
    this.pointerBeforeReference = false;
    return node;
  }

  private accepts(node: Node): boolean {
    if (!this.filter) return true;
    const verdict = typeof this.filter === 'function' ? this.filter(node) : this.filter.acceptNode(node);
    return verdict === NodeFilter.FILTER_ACCEPT;
  }

  beforeRemoving(node: Node): void {
    if (node === this.root || !node.contains(this.reference)) return;
    if (this.pointerBeforeReference) {
      let next: Node | null = lastInclusiveDescendant(node);
      next = following(next, this.root);
      if (next) {
        this.reference = next;
        return;
      }
      this.pointerBeforeReference = false;
    }
    this.reference = node.previousSibling
      ? lastInclusiveDescendant(node.previousSibling)
      : (node.parentNode ?? this.root);
  }
}

/** The prototype that defines `name` for `instance`: happy-dom's window classes are subclasses of its own. */
function owner(instance: object, name: string): Record<string, unknown> {
  let at: object | null = instance;
  while (at && !Object.hasOwn(at, name)) at = Object.getPrototypeOf(at);
  if (!at) throw new Error(`no ${name} on ${instance}`);
  return at as Record<string, unknown>;
}

function fixNodeIterator(): void {
  owner(document, 'createNodeIterator').createNodeIterator = function createNodeIterator(
    root: Node,
    whatToShow = 0xffffffff,
    filter: NodeFilter | null = null,
  ) {
    return new SpecNodeIterator(root, whatToShow, filter);
  };
  const nodes = owner(document.body, 'removeChild');
  const removeChild = nodes.removeChild as Node['removeChild'];
  nodes.removeChild = function removeChildLikeABrowser<T extends Node>(this: Node, child: T): T {
    for (const iterator of live) iterator.beforeRemoving(child);
    return removeChild.call(this, child) as T;
  };
  const elements = owner(document.body, 'remove');
  const remove = elements.remove as Element['remove'];
  elements.remove = function removeLikeABrowser(this: Element) {
    for (const iterator of live) iterator.beforeRemoving(this);
    remove.call(this);
  };
}
