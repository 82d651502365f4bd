package main

import "errors"

func runTrainNER(args []string, io stdio) error { return errors.New("not built yet") }
