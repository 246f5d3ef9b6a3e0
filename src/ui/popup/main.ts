// Placeholder until the popup page lands.
document.title = 'ISO Guard';
