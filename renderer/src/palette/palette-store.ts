import { create } from 'zustand';

interface PaletteUiState {
  paletteOpen: boolean;
  helpOpen: boolean;
  setPaletteOpen: (open: boolean) => void;
  setHelpOpen: (open: boolean) => void;
}

/** Which of the two global dialogs is open; opening one closes the other. */
export const usePaletteUi = create<PaletteUiState>((set) => ({
  paletteOpen: false,
  helpOpen: false,
  setPaletteOpen: (paletteOpen) =>
    set(paletteOpen ? { paletteOpen, helpOpen: false } : { paletteOpen }),
  setHelpOpen: (helpOpen) => set(helpOpen ? { helpOpen, paletteOpen: false } : { helpOpen }),
}));
