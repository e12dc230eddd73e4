"""The Qt desktop interface. It collects input, starts service operations and shows results."""
