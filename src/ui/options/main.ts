// Placeholder until the options page lands.
document.title = 'ISO Guard';
