// Placeholder until the verify page lands.
document.title = 'ISO Guard';
