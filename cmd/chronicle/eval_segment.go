package main

import "errors"

func runEvalSegment(args []string, io stdio) error { return errors.New("not built yet") }
