// People pages: a section form refused by the server (400) comes back with its message; show it in place.
document.addEventListener('htmx:beforeSwap', function (e) {
    if (e.detail.xhr.status === 400 && e.detail.target && e.detail.target.closest('[data-people-form]')) {
        e.detail.shouldSwap = true;
        e.detail.isError = false;
    }
});
