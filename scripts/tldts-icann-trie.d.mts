// tldts-icann ships its trie's types apart from its code.
declare module 'tldts-icann/dist/es6/src/data/trie.js' {
  export * from 'tldts-icann/dist/types/src/data/trie';
}
