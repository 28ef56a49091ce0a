/// <reference types="vite/client" />
// Vite's types for the window bundle (CSS imports, import.meta.env).
