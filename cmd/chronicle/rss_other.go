//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package main

// peakRSSMB is not measured on this system.
func peakRSSMB() (float64, bool) { return 0, false }
