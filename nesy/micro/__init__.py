"""Microscopy: real training data, fitted distributions, nesy's own ControlNet model, classical segmentation."""
