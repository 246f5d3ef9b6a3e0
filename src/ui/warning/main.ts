// Placeholder until the warning page lands.
document.title = 'ISO Guard';
