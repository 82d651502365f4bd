package main

import "errors"

func runBench(args []string, io stdio) error { return errors.New("not built yet") }
